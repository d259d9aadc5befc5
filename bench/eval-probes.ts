/**
 * `npm run eval:probes`: the probe archives (test/fixtures/probes: stories in the house styles of
 * Asian and European news sites, think tanks and official sites, with their truth files) scored as
 * score-probe.ts scores them. The test suite holds them to no invented event, no leader's words
 * given to another and no furniture kept (test/events/probe-archives.test.ts); this prints it all.
 *
 *   npm run eval:probes [-- --json]
 */
import { readdirSync } from 'node:fs';
import { PROBES_DIR, scoreProbe } from './score-probe';

const scores = readdirSync(PROBES_DIR)
  .sort()
  .map((name) => scoreProbe(name));
if (process.argv.includes('--json')) console.log(JSON.stringify(scores, null, 1));
else
  for (const s of scores) {
    console.log(
      `${s.name}: ${s.events} events; missing ${s.missing.length}, wrong kind ${s.wrongKind.length}, invented ${s.invented.length}; statements ${s.statements.right} of ${s.statements.total} right, ${s.wrongSpeaker.length} to the wrong speaker, ${s.leaderMissing.length} of a leader's missed; furniture kept ${s.furnitureKept.length}`,
    );
    for (const [what, list] of Object.entries({
      missing: s.missing,
      'wrong kind': s.wrongKind,
      invented: s.invented,
      'wrong speaker': s.wrongSpeaker,
      'leader missed': s.leaderMissing,
      'furniture kept': s.furnitureKept,
    }))
      for (const item of list) console.log(`  ${what}: ${item}`);
  }
