// Field's wiring, the part a screen reader and the browser tests depend on: the label names the
// control, the control reads its hint, its error and the descriptions outside it in page order, and
// it is marked wrong exactly when an error or the form's alert speaks of it.
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { Field } from '../../client/components/Field';

type Props = Omit<Parameters<typeof Field>[0], 'control' | 'label'> & { children?: ReactNode };

function render(props: Props): string {
  return renderToStaticMarkup(
    createElement(Field, {
      label: 'Group name',
      control: (control) => createElement('input', { ...control, className: 'input' }),
      ...props,
    }),
  );
}

/** An attribute of the first `element` tag (with exactly that class, when given) in the markup. */
function attribute(markup: string, element: string, name: string, className?: string): string | undefined {
  const tags = markup.match(new RegExp(`<${element}\\b[^>]*>`, 'g')) ?? [];
  const tag = tags.find((open) => className === undefined || open.includes(`class="${className}"`));
  return tag && new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

describe('Field', () => {
  test('the label names the control, and a bare field describes nothing', () => {
    const markup = render({});
    expect(markup).toMatch(/^<div class="field"><label for="[^"]+">Group name<\/label><input [^>]*><\/div>$/);
    expect(attribute(markup, 'label', 'for')).toBe(attribute(markup, 'input', 'id'));
    expect(attribute(markup, 'input', 'aria-describedby')).toBeUndefined();
    expect(attribute(markup, 'input', 'aria-invalid')).toBeUndefined();
  });

  test('the hint, the error, the outside descriptions and the alert are read in that order', () => {
    const markup = render({ hint: 'Only for this meeting.', error: 'Type a name.', describedBy: 'warning', alert: 'form-alert' });
    const hintId = attribute(markup, 'p', 'id', 'hint');
    const errorId = attribute(markup, 'p', 'id', 'error small');
    expect(hintId).toBeTruthy();
    expect(errorId).toBeTruthy();
    expect(attribute(markup, 'input', 'aria-describedby')).toBe(`${hintId} ${errorId} warning form-alert`);
    expect(attribute(markup, 'input', 'aria-invalid')).toBe('true');
  });

  test("the form's alert marks the control wrong and is read with it; a hint alone does not", () => {
    const alerted = render({ alert: 'form-alert' });
    expect(attribute(alerted, 'input', 'aria-describedby')).toBe('form-alert');
    expect(attribute(alerted, 'input', 'aria-invalid')).toBe('true');
    const hinted = render({ hint: 'Only for this meeting.' });
    expect(attribute(hinted, 'input', 'aria-invalid')).toBeUndefined();
  });

  test('no error (false, as a draft not yet checked says it) is no error', () => {
    const markup = render({ error: false });
    expect(markup).not.toContain('class="error');
    expect(attribute(markup, 'input', 'aria-invalid')).toBeUndefined();
  });

  test('a layout class goes beside "field", and what else the field shows comes after its hint', () => {
    const markup = render({ className: 'phase-edit__title', hint: 'Hint', children: createElement('p', { className: 'note' }, 'More') });
    expect(markup.startsWith('<div class="field phase-edit__title">')).toBe(true);
    expect(markup.indexOf('class="hint"')).toBeLessThan(markup.indexOf('class="note"'));
  });
});
