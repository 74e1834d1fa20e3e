// The verdict on one certificate: valid and what it attests, or not valid and nothing more.
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../certificateApi';

export function VerifyResult({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation('console');
  const attests = verdict.valid ? verdict.attests : undefined;
  if (!attests) {
    return (
      <p className="alert verify__verdict" data-valid="false">
        {t('verify.invalid')}
      </p>
    );
  }
  const rows: [string, string][] = [
    [t('verify.name'), attests.name],
    [t('verify.meeting'), attests.title],
    ...(attests.group ? ([[t('verify.group'), attests.group]] as [string, string][]) : []),
    [t('verify.format'), attests.format],
    [t('verify.date'), attests.date],
    [t('verify.planned'), t('verify.minutes', { count: attests.plannedMin })],
    [t('verify.actual'), t('verify.minutes', { count: attests.actualMin })],
    ...(attests.leaders ? ([[t('verify.leaders'), attests.leaders]] as [string, string][]) : []),
  ];
  return (
    <section className="card stack verify__result">
      <p className="success verify__verdict" data-valid="true">
        {t('verify.valid')}
      </p>
      <dl className="verify__attests">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
