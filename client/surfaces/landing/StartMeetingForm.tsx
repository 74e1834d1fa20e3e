// Starting a meeting: a title and a format. Started from a group's page, the meeting belongs to the
// group (its record joins the group's history) and the group's own formats come first.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { GroupPage } from '../../../shared/groups';
import type { MeetingLeaders } from '../../../shared/leaders';
import { LIMITS } from '../../../shared/limits';
import type { TemplateSummary } from '../../../shared/protocol';
import { createMeeting, fetchTemplates } from '../../api';
import { navigate } from '../../routes';
import { rememberLinks } from '../../tokens';
import { useFetched } from '../../useFetched';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useTranslation } from 'react-i18next';
import { refusalWords } from '../../i18n/refusal';
import { useLanguage } from '../../i18n/useLanguage';
import { TextInput } from '../../components/TextInput';

const DEFAULT_FORMAT = 'standard';

function totalMinutes(format: TemplateSummary): number {
  return Math.round(format.phases.reduce((sum, phase) => sum + phase.durationSec, 0) / 60);
}

function FormatOptions({ formats }: { formats: readonly TemplateSummary[] }) {
  return formats.map((candidate) => (
    <option key={candidate.id} value={candidate.id}>
      {candidate.title}
    </option>
  ));
}

export function StartMeetingForm({
  group,
  pickers,
}: {
  /** From a group's page: the meeting belongs to the group, led by whom the page's pickers say. */
  group?: { page: GroupPage; token: string; leaders?: MeetingLeaders };
  pickers?: ReactNode;
}) {
  const { t } = useTranslation('room');
  const lang = useLanguage();
  // The formats in this device's language to choose from; the meeting itself starts from the
  // format's id, in the shipped English, so that every device can say it in its own language.
  const templates = useFetched(() => fetchTemplates(lang), [lang]);
  const builtIn = templates.status === 'ready' ? templates.value : templates.status === 'failed' ? [] : null;
  const formatsFailed = templates.status === 'failed';
  const own = group?.page.formats ?? [];
  const [title, setTitle] = useState('');
  const [format, setFormat] = useState(own[0]?.id ?? DEFAULT_FORMAT);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { heading: useId() };

  // A group's format shadows the built-in one of the same id.
  const others = (builtIn ?? []).filter((candidate) => !own.some((mine) => mine.id === candidate.id));
  const chosen = [...own, ...others].find((candidate) => candidate.id === format);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    // A group's meeting is called after the group unless the leader typed a title: the name the
    // field showed as its placeholder is the one the console, the wall and the record then show.
    const named = title.trim() || group?.page.name.trim() || '';
    const result = await createMeeting({ title: named, template: format, language: lang, ...group?.leaders }, group?.token);
    if (!result.ok) {
      setBusy(false);
      setError(`${t('landing.startFailed')} ${refusalWords(result)}`);
      return;
    }
    // The console needs these later (open the display, share the co-leader link); only this reply has them.
    rememberLinks(result.value.sessionId, result.value.links);
    navigate(result.value.links.leader);
  };

  return (
    <section className="card stack" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('landing.startHeading')}</h2>
      <form className="stack" onSubmit={submit}>
        <Field
          label={t('landing.meetingTitle')}
          control={(control) => (
            <TextInput
              {...control}
              value={title}
              onValueChange={setTitle}
              placeholder={group?.page.name ?? t('landing.meetingTitlePlaceholder')}
              maxLength={LIMITS.titleMax}
              autoComplete="off"
            />
          )}
        />
        <Field
          label={t('landing.format')}
          hint={
            chosen && (
              <>
                {t('landing.formatMinutes', { minutes: totalMinutes(chosen) })}:{' '}
                {chosen.phases.map((phase) => phase.title).join(' · ')}
              </>
            )
          }
          control={(control) => (
            <select {...control} className="select" value={format} onChange={(event) => setFormat(event.target.value)}>
              {group ? (
                <>
                  {own.length > 0 && (
                    <optgroup label={t('landing.groupFormats')}>
                      <FormatOptions formats={own} />
                    </optgroup>
                  )}
                  <optgroup label={t('landing.builtInFormats')}>
                    <FormatOptions formats={others} />
                  </optgroup>
                </>
              ) : (
                <FormatOptions formats={others} />
              )}
              {!builtIn && <option value={DEFAULT_FORMAT}>{t('landing.standardFormat')}</option>}
            </select>
          )}
        >
          {formatsFailed && <p className="hint">{t('landing.templatesFailed')}</p>}
          {group && own.length === 0 && <p className="hint">{t('landing.formatsHint')}</p>}
        </Field>
        {pickers}
        {error && <Alert>{error}</Alert>}
        <button className="button button--primary button--large" type="submit" disabled={busy}>
          {busy ? t('landing.starting') : t('landing.start')}
        </button>
      </form>
    </section>
  );
}
