export { peopleRepository } from './people.repository';
export { peopleRoutes } from './people.routes';
export { assertLivePeople } from './people.service';
