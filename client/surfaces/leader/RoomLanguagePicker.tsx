// The room language and the room's register: what the projected display speaks, and whether the
// room's words say Sie or du (vous or tu, usted or tú) to one person. Set here by whoever leads,
// for the whole room; each phone and this console keep their own language (the switch in the
// header), and this console keeps speaking to the leader formally.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTERS, type Register } from '../../../shared/language';
import type { LeadersView } from '../../../shared/views';
import { Field } from '../../components/Field';
import { LanguageOptions } from '../../components/LanguageOptions';
import { isLanguage, type Language } from '../../i18n/languages';
import { sendCommand } from '../../socket';

/**
 * The two forms as the room's language says them. English has one form, but the room's phones may
 * speak German, French or Spanish: an English room still picks for them, and names all three.
 */
const PRONOUNS: Readonly<Record<Language, Readonly<Record<Register, string>>>> = {
  de: { formal: 'Sie', informal: 'du' },
  fr: { formal: 'vous', informal: 'tu' },
  es: { formal: 'usted', informal: 'tú' },
  en: { formal: 'Sie · vous · usted', informal: 'du · tu · tú' },
};

const REGISTER_WORDS = {
  formal: 'leader.registerFormal',
  informal: 'leader.registerInformal',
} as const satisfies Record<Register, string>;

export function RoomLanguagePicker({ view, canLead }: { view: LeadersView; canLead: boolean }) {
  const { t } = useTranslation('console');
  const ids = { register: useId(), registerHint: useId() };
  const register = view.register ?? 'formal';
  return (
    <>
      <Field
        label={t('leader.roomLanguage')}
        hint={t('leader.roomLanguageHint')}
        control={(control) => (
          <select
            {...control}
            className="select"
            value={view.language}
            disabled={!canLead}
            onChange={(event) => {
              const language = event.target.value;
              if (isLanguage(language) && language !== view.language) void sendCommand({ type: 'language.set', language });
            }}
          >
            <LanguageOptions />
          </select>
        )}
      />
      <fieldset className="room-register" disabled={!canLead} aria-describedby={ids.registerHint}>
        <legend className="label">{t('leader.roomRegister')}</legend>
        <div className="room-register__choices">
          {REGISTERS.map((choice) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name={ids.register}
                checked={register === choice}
                onChange={() => void sendCommand({ type: 'language.set', register: choice })}
              />
              <span>
                {/* The pronoun in the room's language, marked so a screen reader says "Sie" in German. */}
                <span lang={view.language === 'en' ? undefined : view.language}>{PRONOUNS[view.language][choice]}</span>{' '}
                <span className="muted">{t(REGISTER_WORDS[choice])}</span>
              </span>
            </label>
          ))}
        </div>
        <p id={ids.registerHint} className="hint">
          {t('leader.roomRegisterHint')}
        </p>
      </fieldset>
    </>
  );
}
