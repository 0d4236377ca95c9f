package dev.ticketing.service;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of the house style: features own their web adapters and persistence, and
 * show others little.
 */
class ModularityTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.ticketing.service");

	@Test
	void controllersArePackagePrivateAndLiveInAWebPackage() {
		classes().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.andShould()
			.resideInAPackage("..web..")
			.check(CLASSES);
	}

	@Test
	void repositoriesAreNotPublic() {
		classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
	}

	@Test
	void featuresDoNotReachIntoEachOthersWebAdapters() {
		noClasses().that()
			.resideOutsideOfPackage("dev.ticketing.service..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.ticketing.service..web..")
			.check(CLASSES);
	}

	@Test
	void featuresDoNotDependOnEachOtherInCycles() {
		slices().matching("dev.ticketing.service.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void nothingIsFieldInjected() {
		fields().should().notBeAnnotatedWith(Autowired.class).check(CLASSES);
	}

}
