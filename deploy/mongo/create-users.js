// Each service's MongoDB user: readWrite on its own database, nothing else. The mongo image runs this
// once, as the root user, when its data volume is new (docker-compose); on a replica set of your own,
// run it with mongosh as a user administrator, the passwords in the environment:
//   REGISTRATION_MONGO_PASSWORD=... MEETING_MONGO_PASSWORD=... mongosh "$ADMIN_URI" deploy/mongo/create-users.js
// A user that exists already gets the password and role again (rotation).
const services = {
  'registration-service': 'registration',
  'meeting-service': 'meetings',
  'evaluation-service': 'evaluations',
  'billing-service': 'billing',
  'notification-service': 'notifications',
};
for (const [user, database] of Object.entries(services)) {
  const variable = user.replace('-service', '').toUpperCase() + '_MONGO_PASSWORD';
  const password = process.env[variable];
  if (!password || password.length < 16) {
    throw new Error(variable + ' must be set, at least 16 characters');
  }
  const target = db.getSiblingDB(database);
  const roles = [{ role: 'readWrite', db: database }];
  if (target.getUser(user)) {
    target.updateUser(user, { pwd: password, roles: roles });
  } else {
    target.createUser({ user: user, pwd: password, roles: roles });
  }
  print(user + ': readWrite on ' + database);
}
