/** `ampbox config check FILE` and `ampbox config show [FILE]`. */
import { checkConfigFile, DEFAULT_CONFIG_PATH, SCHEMA_PATH } from '../config/index.js';
import { EXIT } from '../shared/exit-codes.js';
import { println, type CliIo } from './io.js';

export function configCommand(args: string[], io: CliIo): number {
  const [sub, file, ...rest] = args;
  if (rest.length) {
    println(io.stderr, `ampbox config: unexpected argument ${rest[0]}`);
    return EXIT.CONFIG;
  }
  switch (sub) {
    case 'check': {
      if (!file) {
        println(io.stderr, 'usage: ampbox config check FILE');
        return EXIT.CONFIG;
      }
      const { problems } = checkConfigFile(file);
      if (problems.length) {
        println(io.stderr, `${file}: ${problems.length} problem(s)`);
        for (const p of problems) println(io.stderr, `  ${p}`);
        return EXIT.CONFIG;
      }
      println(io.stdout, `${file}: ok`);
      return EXIT.OK;
    }
    case 'show': {
      const path = file ?? DEFAULT_CONFIG_PATH;
      const { config, problems } = checkConfigFile(path);
      if (!config) {
        for (const p of problems) println(io.stderr, `  ${p}`);
        return EXIT.CONFIG;
      }
      println(io.stdout, JSON.stringify(config, null, 2));
      return EXIT.OK;
    }
    case 'schema':
      println(io.stdout, SCHEMA_PATH);
      return EXIT.OK;
    default:
      println(io.stderr, 'usage: ampbox config check FILE | config show [FILE] | config schema');
      return EXIT.CONFIG;
  }
}
