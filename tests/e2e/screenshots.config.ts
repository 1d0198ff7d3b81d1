// `npm run screenshots`: the same harness as the e2e suite, writing PNGs of every view for a person to look at.
import base from './playwright.config';
import { defineConfig } from '@playwright/test';

export default defineConfig({ ...base, testMatch: '**/*.shots.ts' });
