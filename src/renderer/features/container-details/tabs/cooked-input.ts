// A minimal line discipline for a process without a TTY (attach to `sh -i` created without -t).
// With no TTY nothing echoes what is typed and Enter arrives as "\r", which such a process does
// not read as the end of a line; the docker CLI relies on the local terminal's cooked mode for
// this. So the terminal echoes locally, Backspace edits the line, Enter sends it with "\n".
export class CookedInput {
  private line = '';

  /** One onData call from xterm: what to echo locally and what to send to the process. */
  feed(data: string): { echo: string; send: string } {
    // Arrow and function keys arrive whole as escape sequences: there is no history to move in.
    if (data.startsWith('\u001b')) return { echo: '', send: '' };
    let echo = '';
    let send = '';
    for (const char of data.replace(/\r\n/g, '\r')) {
      if (char === '\r' || char === '\n') {
        send += `${this.line}\n`;
        this.line = '';
        echo += '\r\n';
      } else if (char === '\u007f' || char === '\b') {
        if (!this.line) continue;
        this.line = Array.from(this.line).slice(0, -1).join('');
        echo += '\b \b';
      } else if (char === '\u0003') {
        // Ctrl-C discards the line, as in a cooked terminal (no signal reaches the process).
        this.line = '';
        echo += '^C\r\n';
      } else if (char === '\u0004') {
        // Ctrl-D sends the line so far without a newline (an empty one cannot close stdin here).
        send += this.line;
        this.line = '';
      } else if (char >= ' ' || char === '\t') {
        this.line += char;
        echo += char;
      }
    }
    return { echo, send };
  }
}
