// A labelled form field: the label, the control, the hint read with it, what is wrong with it. One
// place for what a screen reader depends on (label for, aria-describedby, aria-invalid) and the
// browser tests find controls by. Small on purpose: the join page loads it first.
import { useId, type ReactNode } from 'react';

/** What the control carries so that its label and its descriptions reach a screen reader. */
export interface FieldControl {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  label: ReactNode;
  /** The field's own control (input, select, textarea), given the attributes that wire it up. */
  control: (control: FieldControl) => ReactNode;
  /** Said under the control and read with it. */
  hint?: ReactNode;
  /** What is wrong with the value, said under the control and read with it. */
  error?: ReactNode;
  /** Ids of descriptions outside the field (a warning above it, a hint further down), read after its own. */
  describedBy?: string;
  /** The id of the form's alert while it speaks of this field: the control is marked wrong and reads it. */
  alert?: string;
  /** Another class beside `field`, for the field's place in its layout. */
  className?: string;
  /** Whatever else the field shows under the hint, not read with the control. */
  children?: ReactNode;
}

export function Field({ label, control, hint, error, describedBy, alert, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint && hintId, error && errorId, describedBy, alert].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {control({ id, 'aria-describedby': described || undefined, 'aria-invalid': error || alert ? true : undefined })}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="error small">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
