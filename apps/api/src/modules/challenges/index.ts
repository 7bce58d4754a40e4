export { challengesRepository } from './challenges.repository';
export { challengeRoutes } from './challenges.routes';
export { notifyChallengeAnswered } from './challenges.service';
