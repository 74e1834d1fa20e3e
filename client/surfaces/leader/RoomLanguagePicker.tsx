// The room language: what the projected display speaks. Set here by whoever leads, for the whole
// room; each phone and this console keep their own language (the switch in the header).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadersView } from '../../../shared/views';
import { LanguageOptions } from '../../components/LanguageOptions';
import { isLanguage } from '../../i18n/languages';
import { sendCommand } from '../../socket';

export function RoomLanguagePicker({ view, canLead }: { view: LeadersView; canLead: boolean }) {
  const { t } = useTranslation('console');
  const ids = { select: useId(), hint: useId() };
  return (
    <div className="field">
      <label htmlFor={ids.select}>{t('leader.roomLanguage')}</label>
      <select
        id={ids.select}
        className="select"
        value={view.language}
        disabled={!canLead}
        aria-describedby={ids.hint}
        onChange={(event) => {
          const language = event.target.value;
          if (isLanguage(language) && language !== view.language) void sendCommand({ type: 'language.set', language });
        }}
      >
        <LanguageOptions />
      </select>
      <p id={ids.hint} className="hint">
        {t('leader.roomLanguageHint')}
      </p>
    </div>
  );
}
