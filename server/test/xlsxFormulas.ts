import type ExcelJS from 'exceljs';

/**
 * Evaluates the formulas an exported sheet uses (SUM, SUBTOTAL 9, SUMPRODUCT, COUNTA, IF,
 * + - * / and =) from the cells' own numbers, ignoring the results the exporter cached, so a
 * test checks what Excel will compute, not what the exporter claims.
 */
export function evaluate(ws: ExcelJS.Worksheet, address: string): number {
  const value = ws.getCell(address).value;
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'formula' in value && value.formula)
    return new Parser(ws, value.formula).parse();
  return 0;
}

export function formulaOf(ws: ExcelJS.Worksheet, address: string): string | null {
  const value = ws.getCell(address).value;
  return value && typeof value === 'object' && 'formula' in value ? (value.formula ?? null) : null;
}

type Arg = number | string[];

class Parser {
  private pos = 0;
  private readonly tokens: string[];

  constructor(
    private readonly ws: ExcelJS.Worksheet,
    text: string,
  ) {
    this.tokens =
      text.match(/\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|[A-Z]+(?=\()|\d+(?:\.\d+)?|[-+*/=(),]/g) ??
      [];
  }

  parse(): number {
    const v = this.comparison();
    if (this.pos !== this.tokens.length)
      throw new Error(`unparsed: ${this.tokens.slice(this.pos)}`);
    return v;
  }

  private comparison(): number {
    const left = this.sum();
    if (this.peek() !== '=') return left;
    this.pos += 1;
    return left === this.sum() ? 1 : 0;
  }

  private sum(): number {
    let v = this.product();
    while (this.peek() === '+' || this.peek() === '-') {
      const op = this.tokens[this.pos++];
      const r = this.product();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  }

  private product(): number {
    let v = this.atom();
    while (this.peek() === '*' || this.peek() === '/') {
      const op = this.tokens[this.pos++];
      const r = this.atom();
      v = op === '*' ? v * r : v / r;
    }
    return v;
  }

  private atom(): number {
    const t = this.tokens[this.pos++] ?? '';
    if (t === '(') {
      const v = this.comparison();
      this.pos += 1;
      return v;
    }
    if (/^\d/.test(t)) return Number(t);
    if (this.peek() === '(' && /^[A-Z]+$/.test(t)) return this.call(t);
    return evaluate(this.ws, t.replaceAll('$', ''));
  }

  private call(name: string): number {
    this.pos += 1;
    const args: Arg[] = [];
    while (this.peek() !== ')') {
      const t = this.peek() ?? '';
      if (t.includes(':')) {
        this.pos += 1;
        args.push(cells(t));
      } else {
        args.push(this.comparison());
      }
      if (this.peek() === ',') this.pos += 1;
    }
    this.pos += 1;
    const range = (i: number) => args[i] as string[];
    const num = (a: string) => {
      const v = this.ws.getCell(a).value;
      return typeof v === 'number' || (v && typeof v === 'object' && 'formula' in v)
        ? evaluate(this.ws, a)
        : 0;
    };
    switch (name) {
      case 'SUM':
        return range(0).reduce((acc, a) => acc + num(a), 0);
      case 'SUBTOTAL':
        // SUBTOTAL leaves out cells that are themselves SUBTOTALs.
        return range(1)
          .filter((a) => !(formulaOf(this.ws, a) ?? '').startsWith('SUBTOTAL'))
          .reduce((acc, a) => acc + num(a), 0);
      case 'SUMPRODUCT':
        return range(0).reduce((acc, a, i) => acc + num(a) * num(range(1)[i] ?? ''), 0);
      case 'COUNTA':
        return range(0).filter((a) => {
          const v = this.ws.getCell(a).value;
          return v !== null && v !== undefined && v !== '';
        }).length;
      case 'IF':
        return args[0] ? (args[1] as number) : (args[2] as number);
      default:
        throw new Error(`unknown function ${name}`);
    }
  }

  private peek(): string | undefined {
    return this.tokens[this.pos];
  }
}

function cells(range: string): string[] {
  const [from, to] = range.replaceAll('$', '').split(':') as [string, string];
  const [, c1 = '', r1 = '0'] = /^([A-Z]+)(\d+)$/.exec(from) ?? [];
  const [, c2 = '', r2 = '0'] = /^([A-Z]+)(\d+)$/.exec(to) ?? [];
  const out: string[] = [];
  for (let c = colNumber(c1); c <= colNumber(c2); c += 1)
    for (let r = Number(r1); r <= Number(r2); r += 1) out.push(`${colName(c)}${r}`);
  return out;
}

function colNumber(name: string): number {
  return [...name].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0);
}

function colName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
