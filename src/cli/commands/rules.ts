// `kejin rules load <file>`: a new version of a stored rule set (criteria or the STAR Market rules)
// from a JSON file, validated and audited by the same service an operator's route would call.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadRuleSet } from '../../services/profile/rule-sets.ts';
import { systemContext } from '../../services/shared/context.ts';
import { openRuntime } from '../runtime.ts';
import { UsageError } from './parse.ts';

export function registerRules(program: Command) {
  const rules = program.command('rules').description('Versioned rule sets: tech-based SME, HNTE, STAR Market readiness');
  rules
    .command('load')
    .description('Store a new version of a rule set from a JSON file (refused with every problem at its path when invalid)')
    .argument('<file>', 'the rule set as JSON, e.g. a copy of a built-in version with a new version and effectiveFrom')
    .action(async (file: string) => {
      let definition: unknown;
      try {
        definition = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new UsageError(`${file} is not a readable JSON file: ${(error as Error).message}`);
      }
      const runtime = await openRuntime();
      try {
        const loaded = await loadRuleSet(systemContext(runtime), definition);
        console.log(`Stored ${loaded.code} version ${loaded.version} (${loaded.id}).`);
      } finally {
        await runtime.database.close();
      }
    });
}
