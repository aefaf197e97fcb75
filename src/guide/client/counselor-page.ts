import { connectDirectory } from './counselor-directory';
import { whenDescribeUsed } from '../../describe/client/describe-trigger';

// The counsellors' page island (loaded by the page script once the page has painted).
const directory = document.querySelector<HTMLElement>('[data-directory]');
if (directory) connectDirectory(directory);
whenDescribeUsed(document);
