/** The command table: each entry registers one small command module. */
import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import { runCheck } from './check.js';

export type Register = (program: Command, ctx: Context, setExit: (code: number) => void) => void;

const dataOption = () => new Option('--data <dir>', 'thư mục dữ liệu / data folder').default('data');

const registerCheck: Register = (program, ctx, setExit) => {
  program
    .command('check')
    .description('Kiểm tra dữ liệu: mọi lỗi và cảnh báo, có vị trí tệp:dòng:cột')
    .addOption(dataOption())
    .addOption(new Option('--format <format>', 'text | json').choices(['text', 'json']).default('text'))
    .option('--strict', 'coi cảnh báo là lỗi / treat warnings as errors', false)
    .action((opts: { data: string; format: 'text' | 'json'; strict: boolean }) => {
      setExit(runCheck(ctx, opts));
    });
};

export const COMMANDS: readonly Register[] = [registerCheck];
