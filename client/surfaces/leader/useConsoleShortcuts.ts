// Keys for a leader who watches the room, not the screen. They act wherever focus is, except while
// typing in a field or with a modifier key; Space on a focused button presses that button rather
// than the timer. The wall's keys (blank, hide) act even over an open dialog: when the room can see
// something it should not, the leader must not first find the way out of a dialog.
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

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isPressable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

export function useConsoleShortcuts(shortcuts: ConsoleShortcuts, canLead: boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || event.repeat) return;
      const wall: Record<string, (() => void) | undefined> = {
        h: shortcuts.togglePrivate,
        H: shortcuts.togglePrivate,
        b: canLead ? shortcuts.toggleBlank : undefined,
        B: canLead ? shortcuts.toggleBlank : undefined,
      };
      const wallKey = wall[event.key];
      if (wallKey) {
        event.preventDefault();
        wallKey();
        return;
      }
      if (document.querySelector('dialog[open]')) return;
      if (event.key === '?') {
        event.preventDefault();
        shortcuts.showHelp();
        return;
      }
      if (!canLead) return;
      const action: Record<string, (() => void) | undefined> = {
        ArrowRight: shortcuts.next,
        ArrowLeft: shortcuts.previous,
        ' ': isPressable(event.target) ? undefined : shortcuts.toggleTimer,
        '+': shortcuts.extendOneMinute,
        u: shortcuts.undo,
        U: shortcuts.undo,
      };
      const run = action[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcuts, canLead]);
}
