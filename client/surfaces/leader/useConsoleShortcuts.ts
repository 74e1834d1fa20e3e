// Keys for a leader who watches the room, not the screen. They act on the meeting wherever focus
// is (a control clicked a moment ago must not take them: → on a list of people would change the
// presenter, Space on "+1 min" would add another minute), except while typing in a text field or
// with a modifier key. Space and Enter keep their own meaning on a focused button, so pausing has a
// key of its own, P, that no control uses; Space pauses too while no control has focus. The wall's
// keys (blank, hide) act even over an open dialog: when the room can see something it should not,
// the leader must not first find the way out of a dialog.
import { useEffect } from 'react';

export interface ConsoleShortcuts {
  next: () => void;
  previous: () => void;
  toggleTimer: () => void;
  extendOneMinute: () => void;
  undo: () => void;
  showHelp: () => void;
  toggleBlank: () => void;
  togglePrivate: () => void;
}

/** Inputs that take typed text; a checkbox, radio or range is a control, not a text field. */
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/** A control that Space presses, toggles or opens: there Space keeps its meaning. */
function takesSpace(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.matches('button, a[href], summary, select, input, [role="button"], [role="switch"], [role="checkbox"], [role="radio"]');
}

export function useConsoleShortcuts(shortcuts: ConsoleShortcuts, canLead: boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      // A held key repeats: one press, one action (the key is still kept from the focused control).
      const act = (run: () => void) => {
        event.preventDefault();
        if (!event.repeat) run();
      };
      const wall: Record<string, (() => void) | undefined> = {
        h: shortcuts.togglePrivate,
        H: shortcuts.togglePrivate,
        b: canLead ? shortcuts.toggleBlank : undefined,
        B: canLead ? shortcuts.toggleBlank : undefined,
      };
      const wallKey = wall[event.key];
      if (wallKey) return act(wallKey);
      if (document.querySelector('dialog[open]')) return;
      if (event.key === '?') return act(shortcuts.showHelp);
      if (!canLead) return;
      const action: Record<string, (() => void) | undefined> = {
        ArrowRight: shortcuts.next,
        ArrowLeft: shortcuts.previous,
        p: shortcuts.toggleTimer,
        P: shortcuts.toggleTimer,
        ' ': takesSpace(event.target) ? undefined : shortcuts.toggleTimer,
        '+': shortcuts.extendOneMinute,
        u: shortcuts.undo,
        U: shortcuts.undo,
      };
      const run = action[event.key];
      if (run) act(run);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcuts, canLead]);
}
