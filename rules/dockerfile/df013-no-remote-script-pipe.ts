import { programOf, stageResource, stageRuns, wordRange, type ShellCommand } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';

/**
 * A download piped straight into an interpreter: `curl … | sh`, `wget -qO- … | sudo bash`,
 * `curl … | python3 -`. Also `sh -c "$(curl …)"` and `bash <(curl …)`, which do the same.
 * Downloads piped into `tar`, `gpg`, `sha256sum` and the like are not reported.
 */
const DOWNLOADERS = new Set(['curl', 'wget']);
const INTERPRETERS = /^(sh|bash|zsh|ash|dash|ksh|fish|python[\d.]*|perl|ruby|node|php)$/;

function downloads(command: ShellCommand | undefined): boolean {
  const program = command && programOf(command);
  return program !== undefined && DOWNLOADERS.has(program.name);
}

export default defineRule({
  meta: {
    id: 'DF013',
    slug: 'no-remote-script-pipe',
    kind: 'dockerfile',
    title: 'RUN must not pipe downloads into a shell',
    controls: ['CC6.8'],
    severity: 'error',
    description:
      '`curl … | sh` executes whatever the server sends at build time, as the build user and usually as root, with no record of what ran and no way to verify it: a compromised download site, a DNS hijack or a truncated transfer runs arbitrary code in the image. SOC 2 CC6.8 expects software to be verified before it is introduced. `sh -c "$(curl …)"` and `bash <(curl …)` are the same pattern.',
    remediation: 'Download to a file, verify it against a published checksum or signature, then run it: `curl -fsSLo install.sh URL && echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh`. Better, install the tool from a package repository with signature checking.',
    fix: 'none',
    messages: {
      pipe: 'A download is piped into "{{shell}}" in stage "{{stage}}": remote code runs unverified during the build; download, verify a checksum, then run (SOC 2 CC6.8).',
    },
    peers: [],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    for (const { stage, script } of stageRuns(model, ctx.lines)) {
      for (const command of script.commands) {
        const program = programOf(command);
        if (!program || !INTERPRETERS.test(program.name)) continue;
        const fromPipe = downloads(command.pipedFrom);
        // `sh -c "$(curl …)"` / `bash <(curl …)`: the download is inside the interpreter's arguments.
        const inline = program.args.some((a) => /^(\$\(|<\()\s*(curl|wget)\b/.test(a.text) || /^<\(/.test(a.text) && /\b(curl|wget)\b/.test(a.text));
        if (!fromPipe && !inline) continue;
        ctx.report({ messageId: 'pipe', range: wordRange(ctx.lines, program.word), data: { shell: program.name, stage: stageResource(stage).name }, resource: stageResource(stage) });
      }
    }
  },
});
