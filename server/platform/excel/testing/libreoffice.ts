import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Path of LibreOffice's soffice, or null when it is not installed (tests then skip). */
export function sofficePath(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

/** Opens the workbook in LibreOffice Calc and saves it again as .xlsx, as a user of LibreOffice would. */
export function resaveWithLibreOffice(content: Buffer): Buffer {
  const soffice = sofficePath();
  if (!soffice) throw new Error('soffice not installed');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejiju-lo-'));
  try {
    fs.mkdirSync(path.join(dir, 'in'));
    fs.writeFileSync(path.join(dir, 'in', 'book.xlsx'), content);
    execFileSync(soffice, [
      '--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', path.join(dir, 'out'), path.join(dir, 'in', 'book.xlsx'),
    ], { stdio: 'ignore', timeout: 120_000 });
    return fs.readFileSync(path.join(dir, 'out', 'book.xlsx'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
