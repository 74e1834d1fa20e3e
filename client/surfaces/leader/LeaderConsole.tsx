// The console: the phase rail and its clock on the left, what the co-leader and the room are
// signalling in the middle, the people and the way in on the right. The co-leader gets the same
// console after a takeover.
import { useState } from 'react';
import { frameOf } from '../../../shared/frames';
import { CueRow } from '../../components/CueRow';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useLocalView } from '../../i18n/localView';
import { selectCanLead, selectLeadersView, useViewStore } from '../../store';
import { ConsoleCues } from './ConsoleCues';
import { ConsoleHeader } from './ConsoleHeader';
import { FlagInbox } from './FlagInbox';
import { Knocks } from './Knocks';
import { LeadBanner } from './LeadBanner';
import { MirrorHint } from './MirrorHint';
import { NoticeControls } from './NoticeControls';
import { OtherScreens } from './OtherScreens';
import { PauseSignals } from './PauseSignals';
import { CheckOutCount } from './CheckOutCount';
import { People } from './People';
import { PhaseRail } from './PhaseRail';
import { PlanTools } from './PlanTools';
import { PresenterPicker } from './PresenterPicker';
import { PrivacyContext } from './privacy';
import { RoomPanel } from './RoomPanel';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useConsoleShortcuts } from './useConsoleShortcuts';
import { usePhaseDriver } from './usePhaseDriver';
import { toggleBlank } from './WallControls';
import './console.css';

const ONE_MINUTE = 60;

export function LeaderConsole() {
  const view = useLocalView(selectLeadersView);
  const canLead = useViewStore(selectCanLead);
  if (!view) return null;
  return <Console view={view} canLead={canLead} />;
}

function Console({ view, canLead }: { view: NonNullable<ReturnType<typeof selectLeadersView>>; canLead: boolean }) {
  const driver = usePhaseDriver(view);
  const [helpOpen, setHelpOpen] = useState(false);
  // Kept for this page only: a reload shows everything again, which the leader sees at once.
  const [privateHidden, setPrivateHidden] = useState(false);
  const togglePrivate = () => setPrivateHidden((hidden) => !hidden);
  useConsoleShortcuts(
    {
      next: driver.next,
      previous: driver.previous,
      toggleTimer: driver.toggleTimer,
      extendOneMinute: () => driver.extend(ONE_MINUTE),
      undo: driver.undo,
      showHelp: () => setHelpOpen(true),
      toggleBlank: () => toggleBlank(view),
      togglePrivate,
    },
    canLead,
  );

  return (
    <PrivacyContext.Provider value={privateHidden}>
      <div className="console">
        <ConsoleHeader
          view={view}
          canLead={canLead}
          privateHidden={privateHidden}
          onTogglePrivate={togglePrivate}
          onShowShortcuts={() => setHelpOpen(true)}
        />
        <MirrorHint />
        <LeadBanner view={view} />
        <main className="console__grid">
          <div className="console__column console__column--rail">
            <PhaseRail view={view} driver={driver} canLead={canLead} />
            <PlanTools view={view} canLead={canLead} />
          </div>
          <div className="console__column">
            <PauseSignals view={view} canLead={canLead} />
            <CheckOutCount view={view} />
            <FlagInbox view={view} canLead={canLead} />
            <div className="card">
              <CueRow role={view.role} />
            </div>
            <NoticeControls view={view} canLead={canLead} />
          </div>
          <div className="console__column">
            <Knocks view={view} canLead={canLead} />
            {/* Professional development has no case, so no one presents. */}
            {frameOf(view.phase) === 'balint' && <PresenterPicker view={view} canLead={canLead} />}
            <People view={view} canLead={canLead} />
            <RoomPanel view={view} canLead={canLead} />
            <OtherScreens view={view} />
          </div>
        </main>
        {/* This screen's own language: chosen once, usually before the meeting, so out of the header's way. */}
        <footer className="console__footer">
          <LanguageSwitch />
        </footer>
        <ConsoleCues view={view} />
        <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      </div>
    </PrivacyContext.Provider>
  );
}
