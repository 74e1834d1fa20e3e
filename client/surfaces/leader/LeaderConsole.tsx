// The console: the phase rail and its clock on the left, what the co-leader and the room are
// signalling in the middle, the people and the way in on the right. The co-leader gets the same
// console after a takeover.
import { useState } from 'react';
import { useLocalView } from '../../i18n/localView';
import { selectCanLead, selectLeadersView, useSessionStore } from '../../store';
import { ConsoleHeader } from './ConsoleHeader';
import { FlagInbox } from './FlagInbox';
import { LeadBanner } from './LeadBanner';
import { NoticeControls } from './NoticeControls';
import { PauseSignals } from './PauseSignals';
import { People } from './People';
import { PhaseRail } from './PhaseRail';
import { PlanTools } from './PlanTools';
import { PresenterPicker } from './PresenterPicker';
import { RoomPanel } from './RoomPanel';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useConsoleShortcuts } from './useConsoleShortcuts';
import { usePhaseDriver } from './usePhaseDriver';
import './console.css';

const ONE_MINUTE = 60;

export function LeaderConsole() {
  const view = useLocalView(selectLeadersView);
  const canLead = useSessionStore(selectCanLead);
  if (!view) return null;
  return <Console view={view} canLead={canLead} />;
}

function Console({ view, canLead }: { view: NonNullable<ReturnType<typeof selectLeadersView>>; canLead: boolean }) {
  const driver = usePhaseDriver(view);
  const [helpOpen, setHelpOpen] = useState(false);
  useConsoleShortcuts(
    {
      next: driver.next,
      previous: driver.previous,
      toggleTimer: driver.toggleTimer,
      extendOneMinute: () => driver.extend(ONE_MINUTE),
      undo: driver.undo,
      showHelp: () => setHelpOpen(true),
    },
    canLead,
  );

  return (
    <div className="console">
      <ConsoleHeader view={view} onShowShortcuts={() => setHelpOpen(true)} />
      <LeadBanner view={view} />
      <main className="console__grid">
        <div className="console__column console__column--rail">
          <PhaseRail view={view} driver={driver} canLead={canLead} />
          <PlanTools view={view} canLead={canLead} />
        </div>
        <div className="console__column">
          <PauseSignals count={view.pauseSignals} />
          <FlagInbox view={view} canLead={canLead} />
          <NoticeControls view={view} canLead={canLead} />
        </div>
        <div className="console__column">
          <PresenterPicker view={view} canLead={canLead} />
          <People view={view} canLead={canLead} />
          <RoomPanel view={view} canLead={canLead} />
        </div>
      </main>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
