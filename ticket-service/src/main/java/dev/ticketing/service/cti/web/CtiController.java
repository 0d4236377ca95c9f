package dev.ticketing.service.cti.web;

import java.util.List;
import java.util.UUID;

import dev.ticketing.contracts.rest.CategoryResponse;
import dev.ticketing.contracts.rest.ItemResponse;
import dev.ticketing.contracts.rest.TypeResponse;
import dev.ticketing.service.cti.CtiManagement;
import dev.ticketing.service.cti.CtiNameRequest;
import dev.ticketing.service.shared.Ids;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cti")
class CtiController {

	private final CtiManagement cti;

	CtiController(CtiManagement cti) {
		this.cti = cti;
	}

	@GetMapping("/categories")
	List<CategoryResponse> categories() {
		return this.cti.categories();
	}

	@GetMapping("/types")
	List<TypeResponse> types(@RequestParam(required = false) UUID categoryId) {
		return this.cti.types(categoryId);
	}

	@GetMapping("/items")
	List<ItemResponse> items(@RequestParam(required = false) UUID typeId) {
		return this.cti.items(typeId);
	}

	@PostMapping("/categories")
	@ResponseStatus(HttpStatus.CREATED)
	CategoryResponse createCategory(@Valid @RequestBody CtiNameRequest request) {
		return this.cti.createCategory(request);
	}

	@PutMapping("/categories/{id}")
	CategoryResponse renameCategory(@PathVariable String id, @Valid @RequestBody CtiNameRequest request) {
		return this.cti.renameCategory(Ids.require(id, "Category"), request);
	}

	@DeleteMapping("/categories/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteCategory(@PathVariable String id) {
		this.cti.deleteCategory(Ids.require(id, "Category"));
	}

	@PostMapping("/types")
	@ResponseStatus(HttpStatus.CREATED)
	TypeResponse createType(@Valid @RequestBody CtiNameRequest request) {
		return this.cti.createType(request);
	}

	@PutMapping("/types/{id}")
	TypeResponse renameType(@PathVariable String id, @Valid @RequestBody CtiNameRequest request) {
		return this.cti.renameType(Ids.require(id, "Type"), request);
	}

	@DeleteMapping("/types/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteType(@PathVariable String id) {
		this.cti.deleteType(Ids.require(id, "Type"));
	}

	@PostMapping("/items")
	@ResponseStatus(HttpStatus.CREATED)
	ItemResponse createItem(@Valid @RequestBody CtiNameRequest request) {
		return this.cti.createItem(request);
	}

	@PutMapping("/items/{id}")
	ItemResponse renameItem(@PathVariable String id, @Valid @RequestBody CtiNameRequest request) {
		return this.cti.renameItem(Ids.require(id, "Item"), request);
	}

	@DeleteMapping("/items/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteItem(@PathVariable String id) {
		this.cti.deleteItem(Ids.require(id, "Item"));
	}

}
