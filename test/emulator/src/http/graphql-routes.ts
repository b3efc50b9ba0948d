import express, { type Router } from 'express';
import type { OrgContext } from '../context';

/** The GraphQL API's UI API shape for the objects the LWCs read. */
export function graphqlRoutes(_org: OrgContext): Router {
  return express.Router();
}
