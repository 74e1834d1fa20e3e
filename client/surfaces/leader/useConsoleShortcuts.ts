// Keys for a leader who watches the room, not the screen. Typing in a field, a modifier key or an
// open dialog always wins, and Space on a focused button presses that button rather than the timer.
import { useEffect } from 'react';

export interface ConsoleShortcuts {
  next: () => void;
  previous: () => void;
  toggleTimer: () => void;
  extendOneMinute: () => void;
  undo: () => void;
  showHelp: () => void;
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
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (event.key === '?') {
        event.preventDefault();
        shortcuts.showHelp();
        return;
      }
      if (!canLead || event.repeat) return;
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
