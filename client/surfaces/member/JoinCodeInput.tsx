// The join code field, wherever a code is typed: capitals, no autocorrect, the code's own length.
import type { FieldControl } from '../../components/Field';
import { JOIN_CODE_LENGTH, typedJoinCode } from './joinCode';

interface JoinCodeInputProps extends FieldControl {
  value: string;
  onChange: (code: string) => void;
}

export function JoinCodeInput({ value, onChange, ...control }: JoinCodeInputProps) {
  return (
    <input
      {...control}
      className="input input--code"
      value={value}
      onChange={(event) => onChange(typedJoinCode(event.target.value))}
      autoCapitalize="characters"
      autoComplete="off"
      autoCorrect="off"
      spellCheck={false}
      inputMode="text"
      maxLength={JOIN_CODE_LENGTH}
    />
  );
}
