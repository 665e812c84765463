// The ldflags template: {{.Version}}, {{.Commit}}, {{.CommitDate}} filled in; any other field is a mistake.
import { UserError } from '../errors.ts';

export interface BuildInfo {
  Version: string;
  Commit: string;
  CommitDate: string;
}

export function renderLdflags(template: string, info: BuildInfo): string {
  return template.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, field: string) => {
    const name = field.replace(/^\./, '') as keyof BuildInfo;
    if (!field.startsWith('.') || !(name in info)) {
      throw new UserError(`unknown template field "{{${field}}}"`, { where: { file: 'input ldflags' }, hint: 'use {{.Version}}, {{.Commit}} or {{.CommitDate}}' });
    }
    return info[name];
  });
}

/** Splits ldflags into `-ldflags` words is go's job; we only need to know whether a GUI PE was asked for. */
export const asksWindowsGui = (ldflags: string) => /-H[= ]windowsgui\b/.test(ldflags);
