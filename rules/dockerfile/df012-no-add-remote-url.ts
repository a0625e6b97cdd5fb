import { copySources, isRemoteSource } from '../../server/src/engine/dockerfile-images';
import { stageResource } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';

/**
 * ADD of a URL or git repository without `--checksum`. ADD with `--checksum=sha256:…` (BuildKit)
 * verifies what it downloads and is accepted.
 */
export default defineRule({
  meta: {
    id: 'DF012',
    slug: 'no-add-remote-url',
    kind: 'dockerfile',
    title: 'ADD must not fetch remote URLs unverified',
    controls: ['CC6.8'],
    severity: 'warning',
    description:
      '`ADD https://…` downloads whatever the server returns at build time and puts it in the image without any integrity check: a compromised or changed download enters the image silently, and nothing records which bytes were used. SOC 2 CC6.8 expects software to be verified before it is introduced. `ADD --checksum=sha256:…` (BuildKit) verifies the download and is accepted.',
    remediation:
      'Add `--checksum=sha256:<hash>` to the ADD, or download in a RUN step that verifies the file (`curl -fsSLo app.tgz URL && echo "<sha256>  app.tgz" | sha256sum -c -`). For git sources pin a commit and use `--checksum` or `--keep-git-dir` with a verified ref.',
    fix: 'none',
    messages: {
      remote: 'ADD downloads {{url}} without verifying its checksum: changed or tampered content enters stage "{{stage}}" unnoticed (SOC 2 CC6.8).',
    },
    peers: ['KICS 4b410d24'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.getKeyword() !== 'ADD') continue;
        const range = instruction.getRange();
        const source = ctx.text.slice(ctx.lines.offsetAt(range.start), ctx.lines.offsetAt(range.end));
        if (/\s--checksum=/.test(source)) continue;
        for (const source of copySources(model, ctx.lines, instruction)) {
          if (!isRemoteSource(source.text)) continue;
          ctx.report({ messageId: 'remote', range: source.range, data: { url: source.text, stage: stageResource(stage).name }, resource: stageResource(stage) });
        }
      }
    }
  },
});
