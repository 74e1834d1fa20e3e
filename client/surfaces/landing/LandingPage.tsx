import { text } from '../../text';
import { JoinCodeForm } from './JoinCodeForm';
import { MyGroups } from './MyGroups';
import { StartGroupForm } from './StartGroupForm';
import { StartMeetingForm } from './StartMeetingForm';
import './landing.css';

export default function LandingPage() {
  return (
    <main className="page landing stack">
      <header className="stack-small">
        <h1>{text.landing.title}</h1>
        <p className="muted">{text.landing.tagline}</p>
      </header>
      <JoinCodeForm />
      <MyGroups />
      <StartMeetingForm />
      <StartGroupForm />
      <p className="hint">{text.landing.privacy}</p>
    </main>
  );
}
