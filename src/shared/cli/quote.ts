// Quoting for the `docker ...` lines Berth shows: POSIX shell rules, quoting only when needed.
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellQuote(arg: string): string {
  if (arg === '') return "''";
  if (SAFE.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function commandLine(args: string[]): string {
  return args.map(shellQuote).join(' ');
}
