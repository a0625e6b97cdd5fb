/**
 * A light shell reader for Dockerfile `RUN` instructions: enough to find the commands, their words
 * and the pipes between them, with every word's exact offset in the document so rules report the
 * narrowest range and fixes remove exactly one word. It works on the instruction's source text
 * (not `getArguments()`, which dockerfile-ast recomputes on every call), with line continuations and
 * the comment lines inside them blanked to spaces so offsets never shift.
 * It is not a shell parser: quotes group words, `$(…)` and backticks are skipped as words, and
 * redirections stay words. Rules only act on what it finds with certainty.
 */
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel, DockerStage } from './dockerfile';
import type { LineIndex } from './positions';
import type { Range, ResourceRef, TextEdit } from './types';

/** One shell word: its text without quotes and its document offsets (end exclusive). */
export interface ShellWord {
  text: string;
  start: number;
  end: number;
}

/** A simple command: its words (leading `VAR=value` assignments in `assignments`) and its pipe neighbours. */
export interface ShellCommand {
  assignments: ShellWord[];
  /** The command name first; `sudo`/`env`-style wrappers are kept as written. */
  words: ShellWord[];
  /** The command this one's output is piped to, if any. */
  pipeTo: ShellCommand | undefined;
  pipedFrom: ShellCommand | undefined;
}

export interface RunScript {
  /** Document offset of the instruction's first character. */
  offset: number;
  /** The instruction's source with the keyword, flags, continuations and inner comments blanked. */
  text: string;
  /** True for the JSON (exec) form, which runs without a shell. */
  execForm: boolean;
  commands: ShellCommand[];
}

/** An escaped line break with the blank and comment-only lines that follow it (Docker drops those). */
const BACKSLASH_CONTINUATION = /\\[ \t]*\r?\n((?:[ \t]*(?:#[^\n]*)?\r?\n)*)/g;
const BACKTICK_CONTINUATION = /`[ \t]*\r?\n((?:[ \t]*(?:#[^\n]*)?\r?\n)*)/g;

/**
 * The source of an instruction's arguments with offsets preserved: the keyword and leading `--flag`
 * options, escaped line breaks and comment lines inside the instruction are replaced by spaces.
 */
export function instructionSource(lines: LineIndex, instruction: Instruction, escape: string): { offset: number; text: string } {
  const range = instruction.getRange();
  const offset = lines.offsetAt(range.start);
  const source = lines.text.slice(offset, lines.offsetAt(range.end));
  const keyword = /^\s*\S+/.exec(source);
  let i = keyword ? keyword[0].length : 0;
  // Leading flags (`--mount=type=cache,target=/root/.cache`, `--network=none`).
  for (;;) {
    const flag = /^[ \t]*(--[a-zA-Z-]+(?:=(?:"[^"]*"|\S)*)?)/.exec(source.slice(i));
    if (!flag) break;
    i += flag[0].length;
  }
  // String operations rather than an array of characters: this runs for every RUN on every keystroke.
  // Continuations are blanked whole (line breaks too); the keyword and flags keep their line breaks.
  const continuation = escape === '`' ? BACKTICK_CONTINUATION : BACKSLASH_CONTINUATION;
  const text = source.includes('\n') ? source.replace(continuation, (m) => ' '.repeat(m.length)) : source;
  return { offset, text: text.slice(0, i).replace(/[^\n]/g, ' ') + text.slice(i) };
}

/** Two-character operators first, so `||` is not read as a pipe. */
const OPERATORS = ['||', '&&', ';;', '|', ';', '&', '(', ')', '{', '}', '\n'];

const OPERATOR_STARTS = '|&;(){}\n';

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!']);

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

/** Characters that end an unquoted word. */
function endsWord(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '|' || c === '&' || c === ';' || c === '(' || c === ')';
}

/** Whether text[i] needs more than appending to the current word: a quote, `$(`, an escape or a word end. */
function specialInWord(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch === '$') return text[i + 1] === '(';
  if (ch === '\\') return i + 1 < text.length;
  return ch === "'" || ch === '"' || endsWord(ch);
}

/** Splits blanked shell text into simple commands, linking the two sides of every `|`. */
export function parseShell(text: string, offset: number): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let current: ShellCommand = { assignments: [], words: [], pipeTo: undefined, pipedFrom: undefined };
  let pendingPipe: ShellCommand | undefined;
  const finish = (op: string) => {
    if (current.words.length > 0 || current.assignments.length > 0) {
      if (pendingPipe) {
        pendingPipe.pipeTo = current;
        current.pipedFrom = pendingPipe;
      }
      commands.push(current);
      pendingPipe = op === '|' ? current : undefined;
    } else if (op !== '|') {
      pendingPipe = undefined;
    }
    current = { assignments: [], words: [], pipeTo: undefined, pipedFrom: undefined };
  };
  // `case x in a|b) …;; esac`: the `|` between patterns is not a pipe, and `)` ends the patterns.
  let caseDepth = 0;
  let patterns = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (patterns && (c === '|' || c === ')' || c === '(')) {
      if (c === ')') patterns = false;
      current = { assignments: [], words: [], pipeTo: undefined, pipedFrom: undefined };
      i++;
      continue;
    }
    if (c === '#' && (i === 0 || isBlank(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const op = OPERATOR_STARTS.includes(c) ? OPERATORS.find((o) => text.startsWith(o, i)) : undefined;
    // `{` and `}` are operators only as words of their own (not in `${VAR}` or `a{b,c}`).
    if (op && !((op === '{' || op === '}') && i + 1 < text.length && !isBlank(text[i + 1]!))) {
      finish(op);
      if (caseDepth > 0 && (op === ';;' || text.startsWith(';&', i))) patterns = true;
      i += op.length;
      continue;
    }
    // A word: up to unquoted whitespace or operator; quotes are removed from its text.
    const start = i;
    let value = '';
    while (i < text.length) {
      // A run of plain characters in one slice (building the word a character at a time was the hot spot).
      const run = i;
      while (i < text.length && !specialInWord(text, i)) i++;
      if (i > run) value += text.slice(run, i);
      if (i >= text.length) break;
      const ch = text[i]!;
      if (ch === "'" || ch === '"') {
        const close = text.indexOf(ch, i + 1);
        const stop = close < 0 ? text.length : close;
        value += text.slice(i + 1, stop);
        i = stop + 1;
        continue;
      }
      if (ch === '$' && text[i + 1] === '(') {
        let depth = 0;
        const from = i;
        for (; i < text.length; i++) {
          if (text[i] === '(') depth++;
          else if (text[i] === ')' && --depth === 0) break;
        }
        i++;
        value += text.slice(from, i);
        continue;
      }
      if (ch === '\\' && i + 1 < text.length) {
        value += text[i + 1];
        i += 2;
        continue;
      }
      if (endsWord(ch)) break;
      value += ch;
      i++;
    }
    const word: ShellWord = { text: value, start: offset + start, end: offset + Math.min(i, text.length) };
    // Reserved words that open or join compound commands (`if …; then echo x | y`): the command starts after them.
    if (current.words.length === 0 && current.assignments.length === 0 && RESERVED.has(value)) continue;
    if (current.words.length === 0 && value === 'case') caseDepth++;
    else if (caseDepth > 0 && value === 'in' && current.words[0]?.text === 'case') {
      current.words.push(word);
      finish(';');
      patterns = true;
      continue;
    } else if (caseDepth > 0 && value === 'esac' && current.words.length === 0) {
      caseDepth--;
      patterns = false;
    }
    if (current.words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(value)) current.assignments.push(word);
    else current.words.push(word);
  }
  finish(';');
  return commands;
}

/** Reads a RUN instruction: its blanked source and its commands (none for the exec form). */
export function readRun(lines: LineIndex, instruction: Instruction, escape: string): RunScript {
  const { offset, text } = instructionSource(lines, instruction, escape);
  const execForm = /^\s*\[/.test(text);
  return { offset, text, execForm, commands: execForm ? [] : parseShell(text, offset) };
}

/** Wrappers that run the command after them: `sudo apt-get …`, `env X=1 pip …`, `nohup`, `time`. */
const WRAPPERS = new Set(['sudo', 'env', 'nohup', 'time', 'exec', 'command', 'xargs', 'doas', 'gosu', 'su-exec']);

/**
 * The command's words from the real program on: wrappers (`sudo`, `env A=1`) and their options are
 * skipped, and a path is reduced to its base name in `name`.
 */
export function programOf(command: ShellCommand): { name: string; args: ShellWord[]; word: ShellWord } | undefined {
  const words = command.words;
  let k = 0;
  while (k < words.length) {
    const base = words[k]!.text.replace(/^.*\//, '');
    if (!WRAPPERS.has(base)) break;
    k++;
    while (k < words.length && (words[k]!.text.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k]!.text))) k++;
  }
  const word = words[k];
  if (!word) return undefined;
  return { name: word.text.replace(/^.*\//, ''), args: words.slice(k + 1), word };
}

/** The LSP range of a word. */
export function wordRange(lines: LineIndex, word: { start: number; end: number }): Range {
  return { start: lines.positionAt(word.start), end: lines.positionAt(word.end) };
}

/**
 * An edit deleting `words` (adjacent words of one command) with the blank before them, so
 * `curl -k -sS url` becomes `curl -sS url`. When the words start a line, the blank after them goes.
 */
export function removeWordsEdit(lines: LineIndex, words: ShellWord[]): TextEdit {
  const text = lines.text;
  let start = words[0]!.start;
  let end = words[words.length - 1]!.end;
  let before = start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  if (before < start && text[before - 1] !== '\n') start = before;
  else while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return { range: { start: lines.positionAt(start), end: lines.positionAt(end) }, newText: '' };
}

/** A RUN instruction of a stage with its shell script read. */
export interface StageRun {
  stage: DockerStage;
  instruction: Instruction;
  script: RunScript;
}

/**
 * Every RUN of every stage with its shell script read (ONBUILD triggers run in child images and are
 * skipped). Computed once per parse and shared by all rules through `model.derived`: rules run per
 * keystroke and a dozen of them read RUN scripts.
 */
export function stageRuns(model: DockerfileModel, lines: LineIndex): StageRun[] {
  const cached = model.derived.get('stageRuns') as StageRun[] | undefined;
  if (cached) return cached;
  const escape = model.ast.getEscapeCharacter();
  const out: StageRun[] = [];
  for (const stage of model.stages) {
    for (const instruction of stage.instructions) {
      if (instruction.getKeyword() === 'RUN') out.push({ stage, instruction, script: memoRun(model, lines, instruction, escape) });
    }
  }
  model.derived.set('stageRuns', out);
  return out;
}

interface RunMemo {
  offset: number;
  escape: string;
  script: RunScript;
}

/**
 * readRun, kept across edits when the editor reuses the instruction object (model.instructionMemo):
 * the object stands for fixed text, so only the escape character (checked) and its offset can
 * change the script; text typed before it moves the offset, and the script is moved with it.
 */
function memoRun(model: DockerfileModel, lines: LineIndex, instruction: Instruction, escape: string): RunScript {
  const memo = model.instructionMemo;
  if (!memo) return readRun(lines, instruction, escape);
  const offset = lines.offsetAt(instruction.getRange().start);
  let facts = memo.get(instruction);
  const hit = facts?.get('run') as RunMemo | undefined;
  if (hit && hit.escape === escape && hit.offset === offset) return hit.script;
  const script = hit && hit.escape === escape ? shiftRun(hit.script, offset - hit.offset) : readRun(lines, instruction, escape);
  if (!facts) memo.set(instruction, (facts = new Map()));
  facts.set('run', { offset, escape, script } satisfies RunMemo);
  return script;
}

/** A copy of `script` whose offsets are moved by `delta` (the pipe links point into the copy). */
function shiftRun(script: RunScript, delta: number): RunScript {
  const move = (w: ShellWord): ShellWord => ({ text: w.text, start: w.start + delta, end: w.end + delta });
  const index = new Map(script.commands.map((c, i) => [c, i]));
  const commands: ShellCommand[] = script.commands.map((c) => ({ assignments: c.assignments.map(move), words: c.words.map(move), pipeTo: undefined, pipedFrom: undefined }));
  script.commands.forEach((c, i) => {
    if (c.pipeTo) commands[i]!.pipeTo = commands[index.get(c.pipeTo)!];
    if (c.pipedFrom) commands[i]!.pipedFrom = commands[index.get(c.pipedFrom)!];
  });
  return { offset: script.offset + delta, text: script.text, execForm: script.execForm, commands };
}

/** The finding resource for a stage: its name, or its index when unnamed. */
export function stageResource(stage: DockerStage): ResourceRef {
  return { kind: 'Stage', name: stage.name ?? String(stage.index) };
}
