// One platform for the whole browser suite; tests read its address with inject('baseUrl').
import type { TestProject } from 'vitest/node';
import { startPlatform } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const platform = await startPlatform();
  project.provide('baseUrl', platform.baseUrl);
  return platform.stop;
}
