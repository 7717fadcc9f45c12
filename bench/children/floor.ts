// The floor: exceljs alone reading and writing the same workbook, with nothing of the product.
import * as ExcelJS from 'exceljs';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
