// The join code field, wherever a code is typed: capitals, no autocorrect, the code's own length.
import { JOIN_CODE_LENGTH, typedJoinCode } from './joinCode';

interface JoinCodeInputProps {
  id: string;
  value: string;
  onChange: (code: string) => void;
  invalid: boolean;
  describedBy: string | undefined;
}

export function JoinCodeInput({ id, value, onChange, invalid, describedBy }: JoinCodeInputProps) {
  return (
    <input
      id={id}
      className="input input--code"
      value={value}
      onChange={(event) => onChange(typedJoinCode(event.target.value))}
      autoCapitalize="characters"
      autoComplete="off"
      autoCorrect="off"
      spellCheck={false}
      inputMode="text"
      maxLength={JOIN_CODE_LENGTH}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy}
    />
  );
}
