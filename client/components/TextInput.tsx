// A text box whose words the screen keeps as a string: the class and the change handler in one
// place; everything else is any input's (its field's wiring, limits, autocomplete).
import type { InputHTMLAttributes } from 'react';

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'className'> & {
  value: string;
  onValueChange: (value: string) => void;
};

export function TextInput({ value, onValueChange, ...input }: TextInputProps) {
  return <input {...input} className="input" value={value} onChange={(event) => onValueChange(event.target.value)} />;
}
