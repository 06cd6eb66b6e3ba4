// A test run that dies between creating its database and dropping it: prints the name, then exits at once.
import { cloneTestDatabase } from '../../src/testing/test-database.ts';

const [serverUrl, template, namespace] = process.argv.slice(2);
const db = await cloneTestDatabase(serverUrl!, { template: template!, namespace });
console.log(db.name);
process.exit(1);
