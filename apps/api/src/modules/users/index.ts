export { createFirstManager, FirstManagerError } from './create-first-manager';
export { toUser, usersRepository } from './users.repository';
export { userRoutes } from './users.routes';
