// A meeting of this group: its title and its format, the group's own formats first. The meeting
// belongs to the group, so its record joins the group's history.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { GroupPage } from '../../../shared/groups';
import { LIMITS } from '../../../shared/limits';
import type { TemplateSummary } from '../../../shared/protocol';
import { fetchTemplates } from '../../api';
import { createGroupMeeting } from '../../groupApi';
import { navigate } from '../../routes';
import { rememberLinks } from '../../tokens';
import { text } from '../../text';

const DEFAULT_FORMAT = 'standard';

export function GroupMeetingForm({ page, token }: { page: GroupPage; token: string }) {
  const [builtIn, setBuiltIn] = useState<TemplateSummary[] | null>(null);
  const [title, setTitle] = useState('');
  const [format, setFormat] = useState(page.formats[0]?.id ?? DEFAULT_FORMAT);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { heading: useId(), title: useId(), format: useId(), summary: useId() };

  useEffect(() => {
    let live = true;
    void fetchTemplates().then((result) => live && setBuiltIn(result.ok ? result.value : []));
    return () => {
      live = false;
    };
  }, []);

  // A group format shadows the built-in one of the same id.
  const own = page.formats;
  const others = (builtIn ?? []).filter((candidate) => !own.some((format) => format.id === candidate.id));
  const chosen = [...own, ...others].find((candidate) => candidate.id === format);
  const minutes = chosen ? Math.round(chosen.phases.reduce((sum, phase) => sum + phase.durationSec, 0) / 60) : 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await createGroupMeeting(token, title.trim(), format);
    if (!result.ok) {
      setBusy(false);
      setError(`${text.group.startFailed} ${result.message}`);
      return;
    }
    rememberLinks(result.value.sessionId, result.value.links);
    navigate(result.value.links.leader);
  };

  return (
    <section className="card stack" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{text.group.startHeading}</h2>
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor={ids.title}>{text.group.meetingTitle}</label>
          <input
            id={ids.title}
            className="input"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            placeholder={page.name}
            maxLength={LIMITS.titleMax}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={ids.format}>{text.group.format}</label>
          <select
            id={ids.format}
            className="select"
            value={format}
            onChange={(event) => setFormat(event.target.value)}
            aria-describedby={chosen ? ids.summary : undefined}
          >
            {own.length > 0 && (
              <optgroup label={text.group.groupFormats}>
                {own.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.title}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={text.group.builtInFormats}>
              {others.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
              {!builtIn && <option value={DEFAULT_FORMAT}>{text.landing.standardFormat}</option>}
            </optgroup>
          </select>
          {chosen && (
            <p id={ids.summary} className="hint">
              {text.landing.formatMinutes(minutes)}: {chosen.phases.map((phase) => phase.title).join(' · ')}
            </p>
          )}
          {own.length === 0 && <p className="hint">{text.group.formatsHint}</p>}
        </div>
        {error && (
          <p className="alert" role="alert">
            {error}
          </p>
        )}
        <button className="button button--primary button--large" type="submit" disabled={busy}>
          {busy ? text.group.starting : text.group.start}
        </button>
      </form>
    </section>
  );
}
