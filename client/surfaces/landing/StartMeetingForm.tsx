// Starting a meeting: a title and a format. Started from a group's page, the meeting belongs to the
// group (its record joins the group's history) and the group's own formats come first.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { GroupPage } from '../../../shared/groups';
import { LIMITS } from '../../../shared/limits';
import type { TemplateSummary } from '../../../shared/protocol';
import { createMeeting, fetchTemplates } from '../../api';
import { navigate } from '../../routes';
import { rememberLinks } from '../../tokens';
import { text } from '../../text';

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

export function StartMeetingForm({ group }: { group?: { page: GroupPage; token: string } }) {
  const [builtIn, setBuiltIn] = useState<TemplateSummary[] | null>(null);
  const [formatsFailed, setFormatsFailed] = useState(false);
  const own = group?.page.formats ?? [];
  const [title, setTitle] = useState('');
  const [format, setFormat] = useState(own[0]?.id ?? DEFAULT_FORMAT);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { heading: useId(), title: useId(), format: useId(), summary: useId() };

  useEffect(() => {
    let live = true;
    void fetchTemplates().then((result) => {
      if (!live) return;
      setBuiltIn(result.ok ? result.value : []);
      setFormatsFailed(!result.ok);
    });
    return () => {
      live = false;
    };
  }, []);

  // A group's format shadows the built-in one of the same id.
  const others = (builtIn ?? []).filter((candidate) => !own.some((mine) => mine.id === candidate.id));
  const chosen = [...own, ...others].find((candidate) => candidate.id === format);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await createMeeting(title.trim(), format, group?.token);
    if (!result.ok) {
      setBusy(false);
      setError(`${text.landing.startFailed} ${result.message}`);
      return;
    }
    // The console needs these later (open the display, share the co-leader link); only this reply has them.
    rememberLinks(result.value.sessionId, result.value.links);
    navigate(result.value.links.leader);
  };

  return (
    <section className="card stack" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{text.landing.startHeading}</h2>
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor={ids.title}>{text.landing.meetingTitle}</label>
          <input
            id={ids.title}
            className="input"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            placeholder={group?.page.name ?? text.landing.meetingTitlePlaceholder}
            maxLength={LIMITS.titleMax}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={ids.format}>{text.landing.format}</label>
          <select
            id={ids.format}
            className="select"
            value={format}
            onChange={(event) => setFormat(event.target.value)}
            aria-describedby={chosen ? ids.summary : undefined}
          >
            {group ? (
              <>
                {own.length > 0 && (
                  <optgroup label={text.group.groupFormats}>
                    <FormatOptions formats={own} />
                  </optgroup>
                )}
                <optgroup label={text.group.builtInFormats}>
                  <FormatOptions formats={others} />
                </optgroup>
              </>
            ) : (
              <FormatOptions formats={others} />
            )}
            {!builtIn && <option value={DEFAULT_FORMAT}>{text.landing.standardFormat}</option>}
          </select>
          {chosen && (
            <p id={ids.summary} className="hint">
              {text.landing.formatMinutes(totalMinutes(chosen))}:{' '}
              {chosen.phases.map((phase) => phase.title).join(' · ')}
            </p>
          )}
          {formatsFailed && <p className="hint">{text.landing.templatesFailed}</p>}
          {group && own.length === 0 && <p className="hint">{text.group.formatsHint}</p>}
        </div>
        {error && (
          <p className="alert" role="alert">
            {error}
          </p>
        )}
        <button className="button button--primary button--large" type="submit" disabled={busy}>
          {busy ? text.landing.starting : text.landing.start}
        </button>
      </form>
    </section>
  );
}
