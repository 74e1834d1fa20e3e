import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { JoinCodeForm } from './JoinCodeForm';
import { MyGroups } from './MyGroups';
import { StartGroupForm } from './StartGroupForm';
import { StartMeetingForm } from './StartMeetingForm';
import './landing.css';

export default function LandingPage() {
  const { t } = useTranslation('room');
  return (
    <main className="page landing stack">
      <header className="stack-small">
        <h1>{t('landing.title')}</h1>
        <p className="muted">{t('landing.tagline')}</p>
      </header>
      <JoinCodeForm />
      <MyGroups />
      <StartMeetingForm />
      <StartGroupForm />
      <p className="hint">{t('landing.privacy')}</p>
      <footer className="landing__footer">
        <LanguageSwitch />
        <p className="muted">{t('landing.version', { version: __APP_VERSION__ })}</p>
      </footer>
    </main>
  );
}
