// Characters no id, name or path from a user may hold: C0 controls (NUL included), DEL and C1
// controls. A NUL cuts a tar header or a C string short; the others hide what a name really is.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value);
}
