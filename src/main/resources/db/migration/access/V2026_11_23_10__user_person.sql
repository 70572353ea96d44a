-- The person record of the user, when they have one: a person named in a petition must never learn who sent it.
alter table users add column person_code varchar(64);
