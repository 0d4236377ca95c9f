package dev.ticketing.service.cti;

import java.util.List;
import java.util.UUID;

import dev.ticketing.contracts.rest.CategoryResponse;
import dev.ticketing.contracts.rest.ItemResponse;
import dev.ticketing.contracts.rest.NamedRef;
import dev.ticketing.contracts.rest.TypeResponse;
import dev.ticketing.service.shared.ConflictException;
import dev.ticketing.service.shared.InvalidFieldException;
import dev.ticketing.service.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CTI tree (category → type → item): reading it, changing it, and checking that a
 * ticket's routing holds together.
 */
@Service
@Transactional(readOnly = true)
public class CtiManagement {

	private static final UUID NONE = new UUID(0, 0);

	private final CategoryRepository categories;

	private final TypeRepository types;

	private final ItemRepository items;

	CtiManagement(CategoryRepository categories, TypeRepository types, ItemRepository items) {
		this.categories = categories;
		this.types = types;
		this.items = items;
	}

	/**
	 * The routing named by these ids, each checked to exist and to belong to the one
	 * before.
	 * @throws InvalidFieldException naming the first id that does not fit
	 */
	public CtiPath resolve(UUID categoryId, UUID typeId, UUID itemId) {
		Category category = this.categories.findById(categoryId)
			.orElseThrow(() -> new InvalidFieldException("categoryId", "names no category"));
		Type type = this.types.findById(typeId).orElseThrow(() -> new InvalidFieldException("typeId", "names no type"));
		Item item = this.items.findById(itemId).orElseThrow(() -> new InvalidFieldException("itemId", "names no item"));
		if (!type.getCategoryId().equals(category.getId())) {
			throw new InvalidFieldException("typeId", "does not belong to category '" + category.getName() + "'");
		}
		if (!item.getTypeId().equals(type.getId())) {
			throw new InvalidFieldException("itemId", "does not belong to type '" + type.getName() + "'");
		}
		return new CtiPath(new NamedRef(category.getId(), category.getName()),
				new NamedRef(type.getId(), type.getName()), new NamedRef(item.getId(), item.getName()));
	}

	public List<CategoryResponse> categories() {
		return this.categories.findAllByName().stream().map(CtiManagement::response).toList();
	}

	public List<TypeResponse> types(UUID categoryId) {
		List<Type> found = (categoryId != null) ? this.types.findByCategoryId(categoryId) : this.types.findAllByName();
		return found.stream().map(CtiManagement::response).toList();
	}

	public List<ItemResponse> items(UUID typeId) {
		List<Item> found = (typeId != null) ? this.items.findByTypeId(typeId) : this.items.findAllByName();
		return found.stream().map(CtiManagement::response).toList();
	}

	@Transactional
	public CategoryResponse createCategory(CtiNameRequest request) {
		String name = request.name().strip();
		requireFree(this.categories.nameTaken(name, NONE), "category", name);
		return response(this.categories.save(new Category(name)));
	}

	@Transactional
	public CategoryResponse renameCategory(UUID id, CtiNameRequest request) {
		Category category = this.categories.findById(id).orElseThrow(() -> notFound("Category"));
		String name = request.name().strip();
		requireFree(this.categories.nameTaken(name, id), "category", name);
		category.rename(name);
		return response(this.categories.save(category));
	}

	/** Deletes the category with its types and items, unless a ticket is routed to it. */
	@Transactional
	public void deleteCategory(UUID id) {
		Category category = this.categories.findById(id).orElseThrow(() -> notFound("Category"));
		requireUnused(this.categories.countTickets(id), "Category '" + category.getName() + "'");
		this.categories.delete(category);
	}

	@Transactional
	public TypeResponse createType(CtiNameRequest request) {
		if (request.categoryId() == null) {
			throw new InvalidFieldException("categoryId", "must not be null");
		}
		this.categories.findById(request.categoryId())
			.orElseThrow(() -> new InvalidFieldException("categoryId", "names no category"));
		String name = request.name().strip();
		requireFree(this.types.nameTaken(request.categoryId(), name, NONE), "type", name);
		return response(this.types.save(new Type(request.categoryId(), name)));
	}

	@Transactional
	public TypeResponse renameType(UUID id, CtiNameRequest request) {
		Type type = this.types.findById(id).orElseThrow(() -> notFound("Type"));
		String name = request.name().strip();
		requireFree(this.types.nameTaken(type.getCategoryId(), name, id), "type", name);
		type.rename(name);
		return response(this.types.save(type));
	}

	@Transactional
	public void deleteType(UUID id) {
		Type type = this.types.findById(id).orElseThrow(() -> notFound("Type"));
		requireUnused(this.types.countTickets(id), "Type '" + type.getName() + "'");
		this.types.delete(type);
	}

	@Transactional
	public ItemResponse createItem(CtiNameRequest request) {
		if (request.typeId() == null) {
			throw new InvalidFieldException("typeId", "must not be null");
		}
		this.types.findById(request.typeId()).orElseThrow(() -> new InvalidFieldException("typeId", "names no type"));
		String name = request.name().strip();
		requireFree(this.items.nameTaken(request.typeId(), name, NONE), "item", name);
		return response(this.items.save(new Item(request.typeId(), name)));
	}

	@Transactional
	public ItemResponse renameItem(UUID id, CtiNameRequest request) {
		Item item = this.items.findById(id).orElseThrow(() -> notFound("Item"));
		String name = request.name().strip();
		requireFree(this.items.nameTaken(item.getTypeId(), name, id), "item", name);
		item.rename(name);
		return response(this.items.save(item));
	}

	@Transactional
	public void deleteItem(UUID id) {
		Item item = this.items.findById(id).orElseThrow(() -> notFound("Item"));
		requireUnused(this.items.countTickets(id), "Item '" + item.getName() + "'");
		this.items.delete(item);
	}

	private static void requireFree(boolean taken, String what, String name) {
		if (taken) {
			throw new ConflictException("A " + what + " named '" + name + "' already exists here");
		}
	}

	private static void requireUnused(long tickets, String what) {
		if (tickets > 0) {
			throw new ConflictException(what + " is used by " + tickets + ((tickets == 1) ? " ticket" : " tickets")
					+ "; reroute or delete them first");
		}
	}

	private static NotFoundException notFound(String what) {
		return new NotFoundException(what + " not found");
	}

	private static CategoryResponse response(Category category) {
		return new CategoryResponse(category.getId(), category.getName());
	}

	private static TypeResponse response(Type type) {
		return new TypeResponse(type.getId(), type.getName(), type.getCategoryId());
	}

	private static ItemResponse response(Item item) {
		return new ItemResponse(item.getId(), item.getName(), item.getTypeId());
	}

}
