// A setting that acts the moment it is ticked: a checkbox with its words and, under them, the hint
// read with it. Its look is the surface's own (`switch` on the console, `checkout-setting` on the
// group page); what is the same everywhere is the wiring.
import { useId, type ReactNode } from 'react';
import './switch.css';

interface SwitchProps {
  label: ReactNode;
  /** Said under the label and read with the checkbox. */
  hint?: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onCheckedChange: (checked: boolean) => void;
  className?: string;
}

export function Switch({ label, hint, checked, disabled, onCheckedChange, className = 'switch' }: SwitchProps) {
  const hintId = useId();
  return (
    <label className={className}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onCheckedChange(event.target.checked)}
      />
      <span>
        {label}
        {hint && (
          <span id={hintId} className="hint switch__hint">
            {hint}
          </span>
        )}
      </span>
    </label>
  );
}
