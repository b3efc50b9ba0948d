import express, { type Router } from 'express';
import type { OrgContext } from '../context';

/** Bulk API 2.0 query and ingest jobs. */
export function bulk2Routes(_org: OrgContext): Router {
  return express.Router();
}
