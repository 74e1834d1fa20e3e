// This device's language: a native select (keyboard and screen readers know it), each language
// named in itself. The choice is remembered on the device and changes every open screen at once.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/languages';
import { chooseLanguage } from '../i18n/setup';
import { useLanguage } from '../i18n/useLanguage';
import { LanguageOptions } from './LanguageOptions';
import './language-switch.css';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const current = useLanguage();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('screenLanguage.label')}</label>
      <select
        id={id}
        className="select language-switch__select"
        value={current}
        onChange={(event) => {
          if (isLanguage(event.target.value)) chooseLanguage(event.target.value);
        }}
      >
        <LanguageOptions />
      </select>
    </div>
  );
}
