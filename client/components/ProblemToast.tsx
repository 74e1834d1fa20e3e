import { useEffect } from 'react';
import { reportProblem, useViewStore } from '../store';
import { useTranslation } from 'react-i18next';
import './problem-toast.css';

const SHOWN_MS = 7_000;

/** The server's "no" to a command, said where it can be seen, then gone. */
export function ProblemToast() {
  const { t } = useTranslation();
  const problem = useViewStore((state) => state.problem);
  useEffect(() => {
    if (!problem) return;
    const id = setTimeout(() => reportProblem(null), SHOWN_MS);
    return () => clearTimeout(id);
  }, [problem]);
  return (
    <div className="problem-toast" role="alert">
      {problem && (
        <p className="problem-toast__body">
          <span>{problem.message}</span>
          <button className="button" type="button" onClick={() => reportProblem(null)}>
            {t('common.close')}
          </button>
        </p>
      )}
    </div>
  );
}
