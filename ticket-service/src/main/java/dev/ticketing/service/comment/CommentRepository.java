package dev.ticketing.service.comment;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface CommentRepository extends CrudRepository<Comment, UUID> {

}
