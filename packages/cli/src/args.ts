import { parseArgs } from 'node:util';
import { CliError } from './errors.ts';
import type { Io } from './io.ts';

/** One flag of a command: its type, the placeholder of its value, and one line of help. */
export interface Flag {
  type: 'string' | 'boolean';
  value?: string;
  description: string;
}

/** One positional argument of a command, by its placeholder: `env:set <name>`. */
export interface Positional {
  name: string;
  description: string;
}

/** A command's flags by name. */
export type Flags = Record<string, Flag>;

/** The parsed values of a flag set: strings for string flags, booleans for switches. */
export type FlagValues<F extends Flags> = { [K in keyof F]?: F[K]['type'] extends 'string' ? string : boolean };

/** What every command receives besides its flags. */
export interface Context {
  io: Io;
  env: NodeJS.ProcessEnv;
  /** The positional arguments, at most as many as the command declares; the command checks for missing ones. */
  positionals: string[];
}

/** A command: its flags, one line of summary, and what it does with them; returns the exit code. */
export interface Command<F extends Flags = Flags> {
  summary: string;
  flags: F;
  /** Its positional arguments; most commands take flags only. */
  positionals?: readonly Positional[];
  run(values: FlagValues<F>, context: Context): Promise<number>;
}

/** Types a command's `run` from its flag set; the object itself is returned unchanged. */
export function defineCommand<const F extends Flags>(command: Command<F>): Command<F> {
  return command;
}

const HELP_FLAG: Flag = { type: 'boolean', description: 'Show this help.' };

/** Parses a command's arguments strictly; a malformed command line throws CliError.usage. */
export function parseCommandArgs<F extends Flags>(
  name: string,
  flags: F,
  args: string[],
  declared: readonly Positional[] = [],
): { values: FlagValues<F>; help: boolean; positionals: string[] } {
  const all = { ...flags, help: HELP_FLAG };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: toOptions(all), strict: true, allowPositionals: declared.length > 0 });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    throw CliError.usage(describeBadArgument(args, all), name);
  }
  const extra = parsed.positionals[declared.length];
  if (extra !== undefined) throw CliError.usage(`Unexpected argument "${extra}": this command takes ${declared.map((p) => `<${p.name}>`).join(' ')} and flags.`, name);
  const { help, ...rest } = parsed.values;
  // Strict parsing has just checked every value against its flag's type.
  return { values: rest as FlagValues<F>, help: help === true, positionals: parsed.positionals };
}

/** The help of one command: usage, summary and a line per flag. */
export function commandHelp(name: string, command: Command): string[] {
  const rows = Object.entries({ ...command.flags, help: HELP_FLAG }).map(([key, flag]) => {
    const left = flag.type === 'string' ? `--${key} <${flag.value ?? 'value'}>` : `--${key}`;
    return [left, flag.description] as const;
  });
  const width = Math.max(...rows.map(([left]) => left.length));
  const positionals = command.positionals ?? [];
  const usage = ['navimpact', name, ...positionals.map((p) => `<${p.name}>`), '[flags]'].join(' ');
  const argumentLines = positionals.length === 0 ? [] : ['Arguments:', ...positionals.map((p) => `  <${p.name}>  ${p.description}`), ''];
  return [
    `Usage: ${usage}`,
    '',
    command.summary,
    '',
    ...argumentLines,
    'Flags:',
    ...rows.map(([left, description]) => `  ${left.padEnd(width)}  ${description}`),
  ];
}

function toOptions(flags: Flags): Record<string, { type: 'string' | 'boolean' }> {
  return Object.fromEntries(Object.entries(flags).map(([key, flag]) => [key, { type: flag.type }]));
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

// parseArgs says what is wrong only in prose; a lenient pass over its tokens names the culprit.
function describeBadArgument(args: string[], flags: Flags): string {
  const { tokens } = parseArgs({ args, options: toOptions(flags), strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') return `Unexpected argument "${token.value}": this command takes flags only.`;
    if (token.kind !== 'option') continue;
    const flag = flags[token.name];
    if (!flag) return `Unknown flag ${token.rawName}.`;
    const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
    if (flag.type === 'string' && missing) return `The flag ${token.rawName} needs a value.`;
    if (flag.type === 'boolean' && token.value !== undefined) return `The flag ${token.rawName} takes no value.`;
  }
  return `Could not read the arguments ${args.join(' ')}.`;
}
