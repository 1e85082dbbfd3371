import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::public-service.public-service');
